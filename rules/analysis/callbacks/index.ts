// Callbacks handed in from outside (constructor options, setters, registrations) and where they are called.
export * from './callback-extraction.js';
export * from './injected-callbacks.js';
export * from './handed-data.js';

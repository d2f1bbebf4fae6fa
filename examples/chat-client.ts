// The client the examples wrap: a chat/event client as in the design note's monitoring component.

export interface Message {
  readonly id: string;
  readonly text: string;
}

export interface Profile {
  readonly id: string;
  readonly name: string;
}

export interface Extracted {
  readonly messageId: string;
  readonly symbols: readonly string[];
}

export type MessageHandler = (message: Message) => void;

export interface ChatClient {
  connect(): Promise<void>;
  disconnect(): Promise<void>;
  send(text: string): Promise<void>;
  sync(): Promise<void>;
  cleanup(): Promise<void>;
  fetchProfile(): Promise<Profile>;
  addEventHandler(handler: MessageHandler): void;
  removeEventHandler(handler: MessageHandler): void;
}

/** Pulls ticker symbols out of a message; stands in for the note's `extract_data`. */
export async function extractData(message: Message): Promise<Extracted> {
  return { messageId: message.id, symbols: message.text.match(/\$[A-Z]+/gu) ?? [] };
}

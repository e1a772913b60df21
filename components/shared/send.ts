/**
 * The message client of the extension's pages and the overlay: the protocol's
 * rules (lib/protocol/client.ts) over the extension runtime.
 */
import { browser } from 'wxt/browser';
import { type Send, unwrapReply } from '@/lib/protocol/client';

export const send: Send = async (req) => unwrapReply(await browser.runtime.sendMessage(req));

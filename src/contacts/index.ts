/**
 * @module
 * Customer context: who a caller is. `ContactConnector` looks a caller's number up; `directoryConnector`
 * is the default, over the store's tenant-scoped contacts directory, and a CRM can be plugged in later by
 * implementing the same interface.
 */

export { type Contact, type ContactConnector, contactOf, directoryConnector } from './contact-connector';
export { E164, isE164 } from './e164';

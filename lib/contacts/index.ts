export { extractContacts } from './extract';
export {
  type ContactDetails,
  type ContactLists,
  type ContactSources,
  contactLists,
  type PhoneContact,
} from './model';

// A unit's contact person and phone, the phone as a tel: link (one tap to call on a phone).
import type { UnitContact } from '../../../shared/catalogue/catalogue-schema.js';

/** The number as a tel: URI takes it: digits and a leading +; an extension (转…) is dropped. */
export function telHref(phone: string): string {
  const main = phone.split('转')[0] ?? phone;
  return `tel:${main.trim().startsWith('+') ? '+' : ''}${main.replace(/\D/g, '')}`;
}

export function ContactCell({ contact, none }: { contact: UnitContact | undefined; none: string }) {
  if (!contact) return <span class="muted">{none}</span>;
  return (
    <span class="contact">
      {contact.name ?? ''}
      {contact.name && contact.phone ? ' ' : ''}
      {contact.phone ? (
        <a class="tel" href={telHref(contact.phone)}>
          {contact.phone}
        </a>
      ) : null}
    </span>
  );
}

// Where the app sends people for help: emergency and non-emergency police, and the national
// services signposted when a sensitive theme is chosen. One representation, rendered by one
// client component (src/client/ui/HelpContacts.tsx), so every number is a tel: link and every
// site a link wherever help is shown.
//
// A sentence that mentions a contact (e.g. "call 999") stays whole: helpRuns finds the
// contact's number or address inside it and marks that run as a link, so a translation that
// keeps the number keeps the link.

export interface HelpContact {
  /** Who they are and when to use them: a whole phrase, shown before the links. */
  readonly label: string;
  /** The number as people write it ("0808 2000 247"); the tel: link drops the spaces. */
  readonly tel?: string;
  /** An https address; shown without scheme, "www." or trailing slash. */
  readonly url?: string;
}

export const EMERGENCY: HelpContact = { label: 'Police, fire or ambulance in an emergency', tel: '999' };
export const NON_EMERGENCY: HelpContact = { label: 'Police when it is not an emergency', tel: '101' };
export const DOMESTIC_ABUSE_HELPLINE: HelpContact = {
  label: 'National Domestic Abuse Helpline (free, 24 hours)',
  tel: '0808 2000 247',
};
export const HATE_CRIME_REPORTING: HelpContact = {
  label: 'Report hate crime online',
  url: 'https://www.report-it.org.uk/',
};
export const CRIMESTOPPERS: HelpContact = { label: 'Crimestoppers (anonymous)', tel: '0800 555 111' };

/** Where to go when a complaint about accessibility is not resolved (the accessibility statement). */
export const EASS: HelpContact = {
  label: 'Equality Advisory and Support Service (EASS)',
  tel: '0808 800 0082',
  url: 'https://www.equalityadvisoryservice.com/',
};
export const EASS_TEXTPHONE: HelpContact = { label: 'EASS textphone', tel: '0808 800 0084' };

/** Confidential support offered with every sensitive theme (domestic abuse, hate crime, exploitation). */
export const SENSITIVE_SUPPORT: readonly HelpContact[] = [
  DOMESTIC_ABUSE_HELPLINE,
  HATE_CRIME_REPORTING,
  CRIMESTOPPERS,
];

/** The href of a phone number: digits (and a leading +) only. */
export const telHref = (tel: string): string => `tel:${tel.replace(/[^\d+]/g, '')}`;

/** How a site's address is shown: "https://www.report-it.org.uk/" reads "report-it.org.uk". */
export const urlText = (url: string): string =>
  url
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/$/, '');

/** One link a contact offers: its visible text and where it goes. */
export interface HelpLink {
  readonly text: string;
  readonly href: string;
}

/** A contact's links, phone first. */
export function helpLinks(contact: HelpContact): HelpLink[] {
  const links: HelpLink[] = [];
  if (contact.tel) links.push({ text: contact.tel, href: telHref(contact.tel) });
  if (contact.url) links.push({ text: urlText(contact.url), href: contact.url });
  return links;
}

/** A run of a sentence: plain text, or a contact's number or address to show as a link. */
export type HelpRun = { readonly text: string; readonly href?: string };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Splits a whole sentence into runs, marking each place it shows one of the contacts' numbers or
 * addresses as a link. A number is only matched whole ("999" is not found in "0999"). Text that
 * mentions none of them comes back as one plain run.
 */
export function helpRuns(sentence: string, contacts: readonly HelpContact[]): HelpRun[] {
  let runs: HelpRun[] = [{ text: sentence }];
  for (const { text, href } of contacts.flatMap(helpLinks)) {
    // The capture group keeps the matches: split puts them at the odd indices.
    const whole = new RegExp(`(?<![\\w.-])(${escapeRegExp(text)})(?![\\w-]|\\.\\w)`);
    runs = runs.flatMap((run) =>
      run.href
        ? [run]
        : run.text.split(whole).map((part, i) => (i % 2 ? { text: part, href } : { text: part })),
    );
  }
  return runs.filter((run) => run.text);
}

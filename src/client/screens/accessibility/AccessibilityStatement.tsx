// The accessibility statement (/accessibility), on the headings of the GOV.UK model statement.
// Keep it true: when a listed problem is fixed or a new one found, change the list and the
// review date together. Contacts come from domain/taxonomy/help.ts, so numbers are tel: links.
//
// The service is run per Community Safety Partnership, and the store's client config holds no
// contact details yet, so the statement sends people to the partnership that shared the link.
import { EASS, EASS_TEXTPHONE } from '../../../domain/taxonomy/help';
import { HelpContactList } from '../../ui/HelpContacts';
import './statement.css';

const EHRC_URL = 'https://www.equalityhumanrights.com/';
const REGULATIONS_URL = 'https://www.legislation.gov.uk/uksi/2018/952/contents/made';
const WCAG_URL = 'https://www.w3.org/TR/WCAG22/';
const ABILITYNET_URL = 'https://mcmw.abilitynet.org.uk/';

export function AccessibilityStatement() {
  return (
    <article class="statement" aria-labelledby="statement-heading">
      <h2 id="statement-heading">Accessibility statement for Neighbourhood priorities</h2>
      <p>
        This statement covers the Neighbourhood priorities app: the screens for residents, people who work in
        the area and visitors, the meeting screens, and the screens for partnership staff.
      </p>

      <h3>Using this service</h3>
      <p>
        Neighbourhood priorities is run by the Community Safety Partnership for your area: the council, police
        and other services that work together on community safety. Each partnership runs its own copy, so the
        partnership is the one that shared the link to this app with you.
      </p>
      <p>We want as many people as possible to be able to use it. For example, you should be able to:</p>
      <ul>
        <li>use it on a phone as narrow as 320 pixels, and make the text up to twice as large</li>
        <li>record a priority without the map, by choosing your ward or police neighbourhood from a list</li>
        <li>read the priorities raised in your area as a list instead of on the map</li>
        <li>
          use it with a keyboard alone, including drawing an area on the map with the keyboard cross-hair
        </li>
        <li>use your device’s light or dark colour setting</li>
        <li>keep using it with no signal: what you record is kept on your device and sent later</li>
      </ul>
      <p>
        <a href={ABILITYNET_URL}>AbilityNet has advice on making your device easier to use</a> if you have a
        disability.
      </p>

      <h3>How accessible this service is</h3>
      <p>We know some parts of this service are not fully accessible:</p>
      <ul>
        <li>
          the map is hard to use without sight: instead of placing a pin, you can choose a ward or police
          neighbourhood with no pin, and see the priorities in your area as a list
        </li>
        <li>
          drawing an area on the map needs a pointer such as a finger or mouse, or the keyboard cross-hair
          (move the map with the arrow keys and add the corner under the cross); choosing a ward instead needs
          neither
        </li>
        <li>
          placing a pin with a keyboard means moving the map (with the arrow keys or the move buttons) until
          the spot is under the centre cross, then pressing Enter or “Place the pin at the centre cross”; the
          app then says which ward the pin is in, but not which street
        </li>
        <li>
          the list of priorities in your area can be narrowed to a ward, but not yet to a police neighbourhood
        </li>
        <li>the map’s background images stay light when your device uses dark colours</li>
        <li>
          with text at 200% on a narrow phone, long words in some choices and links break across lines, and
          the bar of destinations moves to the end of the page
        </li>
        <li>the app is in English only: a Welsh version is being prepared</li>
        <li>
          staff sign-ins end after a set time (10 hours unless the partnership changes it) without a warning
          or a way to extend them; staff then have to sign in again
        </li>
        <li>
          the Word documents and spreadsheets that staff download have not been checked with screen readers
        </li>
      </ul>

      <h3>What to do if you cannot access parts of this service</h3>
      <p>
        If you need information from this service in a different format, such as large print, easy read, audio
        or braille, or you would rather tell someone your priority, contact the Community Safety Partnership
        that shared the link to this app with you. Their contact details are on their website, or on the
        leaflet, letter or message that gave you the link. Your local council can also put you in touch with
        them.
      </p>
      <p>
        You can also tell a police community support officer or neighbourhood officer, who can record your
        priority for you, or raise it at a PACT or neighbourhood meeting.
      </p>
      <p class="hint">
        For partnerships running this service: this app does not yet hold your contact details. Publish how to
        reach you (an email address, a phone number and a postal address) wherever you share the link, and
        tell people there how long you take to reply.
      </p>

      <h3>Reporting accessibility problems with this service</h3>
      <p>
        We are always looking to improve the accessibility of this service. If you find a problem that is not
        listed on this page, or think we are not meeting accessibility requirements, contact the Community
        Safety Partnership that shared the link with you. Tell them which screen you were using, what you were
        trying to do, and the device and any assistive technology you use.
      </p>

      <h3>Enforcement procedure</h3>
      <p>
        The <a href={EHRC_URL}>Equality and Human Rights Commission (EHRC)</a> is responsible for enforcing
        the{' '}
        <a href={REGULATIONS_URL}>
          Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018
        </a>{' '}
        (the accessibility regulations).
      </p>
      <p id="eass-heading">
        If you are not happy with how the partnership responds to your complaint, contact the Equality
        Advisory and Support Service (EASS). It covers England, Scotland and Wales.
      </p>
      <HelpContactList contacts={[EASS, EASS_TEXTPHONE]} labelledBy="eass-heading" />

      <h3>Technical information about this service’s accessibility</h3>
      <p>
        The partnerships running this service are committed to making it accessible, in line with the
        accessibility regulations.
      </p>
      <h4>Compliance status</h4>
      <p>
        This service is partially compliant with the{' '}
        <a href={WCAG_URL}>Web Content Accessibility Guidelines version 2.2</a> AA standard, because of the
        non-compliances listed below.
      </p>
      <h4>Non-accessible content</h4>
      <p>The content listed below is not accessible, for these reasons.</p>
      <ul>
        <li>
          Pins, drawn areas and published priorities on the map are pictures without a text equivalent on the
          map itself (success criteria 1.1.1 non-text content and 1.3.1 info and relationships). The same
          information is available without the map: the ward or police neighbourhood choice when recording,
          and the list of priorities in your area.
        </li>
        <li>
          Drawing an area cannot be done with a screen reader alone, because the corners are only shown on the
          map (success criterion 1.1.1). Choosing a ward or police neighbourhood records the same priority
          without drawing.
        </li>
        <li>
          With a screen reader, a pin placed at the centre cross is described only by its ward, not by the
          street under it (success criterion 1.1.1). Adding a street or landmark in words, or choosing a ward
          or police neighbourhood, says the same place without the map.
        </li>
        <li>
          Staff sign-ins end after a fixed time without a warning or a way to extend them (success criterion
          2.2.1 timing adjustable).
        </li>
        <li>
          The app is not yet available in Welsh. This is not a requirement of the accessibility regulations,
          but we list it because the service is meant for people in England and Wales.
        </li>
      </ul>

      <h3>How we tested this service</h3>
      <p>We test the app itself; we have not yet had it audited by an outside organisation.</p>
      <ul>
        <li>
          automated checks with axe-core against WCAG 2.2 A and AA run in a real browser on every screen, as
          part of the test suite that runs on every change to the app
        </li>
        <li>journeys done with the keyboard alone, including placing a pin and drawing an area on the map</li>
        <li>
          every screen on phones 320 to 412 pixels wide, with text at 100% and 200%, and the staff screens at
          a desk 1280 pixels wide
        </li>
        <li>light and dark colour settings, checked for colour contrast</li>
      </ul>
      <p>We have not yet tested the app with screen readers or speech recognition software.</p>

      <h3>What we’re doing to improve accessibility</h3>
      <p>
        A Welsh version of the app is being prepared. We will update this statement when a problem listed here
        is fixed or a new one is found.
      </p>

      <h3>Preparation of this accessibility statement</h3>
      <p>This statement was prepared on 7 December 2026. It was last reviewed on 7 December 2026.</p>
    </article>
  );
}

// The real data.police.uk examples: HTML stripped by a parser, null actions kept as "no action yet".
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/domain/html-parse';
import { importPoliceUkPriorities, toPoliceUk } from '../../src/domain/police-uk';

const example = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/police-uk/${name}.json`, import.meta.url), 'utf8'));

describe('police.uk import', () => {
  it('strips the HTML example to readable paragraphs', () => {
    const result = importPoliceUkPriorities(example('neighbourhood-priority-html'), htmlToText);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const [item] = result.items;
    expect(item!.issue).toMatch(/^Beggars and homeless persons are using private premises/);
    expect(item!.issue).toContain('\n\nThere have also been concerns raised');
    expect(item!.issue).not.toMatch(/<|>/);
    expect(item!.action).toMatch(/Sgt Dyer$/);
    expect(item!.issueDate).toBe('2018-09-20');
    expect(item!.actionDate).toBe('2019-01-14');
  });

  it('keeps a priority with a null action as open, with no action date', () => {
    const result = importPoliceUkPriorities(example('neighbourhood-priority-no-action'), htmlToText);
    expect(result).toEqual({
      ok: true,
      items: [
        {
          issue: 'To reduce the amount of Anti-Social Behaviour Humberstone Gate, Leicester.',
          issueDate: '2016-04-14',
          action: null,
          actionDate: null,
        },
      ],
    });
  });

  it('reads the API array of several items', () => {
    const list = [
      'neighbourhood-priority',
      'neighbourhood-priority-html',
      'neighbourhood-priority-no-action',
    ].map(example);
    const result = importPoliceUkPriorities(list, htmlToText);
    expect(result.ok && result.items.map((i) => i.issueDate)).toEqual([
      '2015-10-08',
      '2018-09-20',
      '2016-04-14',
    ]);
  });

  it('names the field at fault in a malformed item', () => {
    const result = importPoliceUkPriorities([{ issue: 12, 'issue-date': 'yesterday' }], htmlToText);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((i) => i.path)).toEqual(['[0].issue', '[0].issue-date']);
  });

  it('drops scripts, handlers and comments and decodes entities, leaving only text', () => {
    const hostile =
      '<p onclick="x()">Bins &amp; <b>bikes</b></p><script>alert(1)</script><!-- note --><img src=x onerror=alert(2)><style>p{}</style><p>Done&nbsp;now &lt;ok&gt;</p>';
    expect(htmlToText(hostile)).toBe('Bins & bikes\n\nDone now <ok>');
  });
});

describe('police.uk export', () => {
  it('writes agreed priorities in the police.uk shape with text escaped', () => {
    expect(
      toPoliceUk([
        { issue: 'Speeding on <Main> St', meetingDate: '2026-11-20', action: null, actionDate: null },
        {
          issue: 'Parking',
          meetingDate: '2026-11-20',
          action: 'Tickets & letters',
          actionDate: '2026-12-01T10:00:00Z',
        },
      ]),
    ).toEqual([
      {
        issue: '<p>Speeding on &#60;Main&#62; St</p>',
        'issue-date': '2026-11-20T00:00:00',
        action: null,
        'action-date': null,
      },
      {
        issue: '<p>Parking</p>',
        'issue-date': '2026-11-20T00:00:00',
        action: '<p>Tickets &#38; letters</p>',
        'action-date': '2026-12-01T00:00:00',
      },
    ]);
  });

  it('round-trips: an export imports back to the same text', () => {
    const exported = toPoliceUk([
      {
        issue: 'Vans <parked> on "verges"',
        meetingDate: '2026-11-20',
        action: 'Letters sent',
        actionDate: '2026-12-01',
      },
    ]);
    const back = importPoliceUkPriorities(exported, htmlToText);
    expect(back.ok && back.items[0]).toEqual({
      issue: 'Vans <parked> on "verges"',
      issueDate: '2026-11-20',
      action: 'Letters sent',
      actionDate: '2026-12-01',
    });
  });
});

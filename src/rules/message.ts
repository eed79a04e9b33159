// Finding messages quote names in backticks. A name may hold a backtick itself, so the quoted
// pieces cannot be found again by splitting the message: `said` keeps them apart as it builds
// it. Renderers read `parts`; `message` is the same text for logs, annotations and JSON readers.

/** A piece of a message: words (ours, or untrusted values said in prose) or a quoted name. */
export type MessagePart = { readonly text: string } | { readonly code: string };

export interface Said {
  readonly message: string;
  readonly parts: readonly MessagePart[];
}

function isSaid(value: unknown): value is Said {
  return typeof value === 'object' && value !== null && 'parts' in value && 'message' in value;
}

/**
 * A tagged template for messages: a value between two literal backticks (`` `${name}` ``)
 * becomes a code part, a `Said` value is spliced in with its parts, anything else is text.
 */
export function said(strings: TemplateStringsArray, ...values: unknown[]): Said {
  const parts: MessagePart[] = [];
  let message = '';
  const push = (part: MessagePart) => {
    const last = parts[parts.length - 1];
    if ('text' in part && part.text === '') return;
    if (last && 'text' in last && 'text' in part)
      parts[parts.length - 1] = { text: last.text + part.text };
    else parts.push(part);
  };
  let pending = strings[0]!;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    const after = strings[i + 1]!;
    if (!isSaid(value) && pending.endsWith('`') && after.startsWith('`')) {
      const name = String(value);
      push({ text: pending.slice(0, -1) });
      push({ code: name });
      message += `${pending}${name}`;
      pending = after.slice(1);
      message += '`';
      continue;
    }
    push({ text: pending });
    message += pending;
    if (isSaid(value)) {
      value.parts.forEach(push);
      message += value.message;
    } else {
      push({ text: String(value) });
      message += String(value);
    }
    pending = after;
  }
  push({ text: pending });
  message += pending;
  return { message, parts };
}

/** Messages joined by a separator of our own words. */
export function joinSaid(items: readonly Said[], separator: string): Said {
  const parts: MessagePart[] = [];
  items.forEach((item, i) => {
    if (i > 0) parts.push({ text: separator });
    parts.push(...item.parts);
  });
  return { message: items.map((item) => item.message).join(separator), parts };
}

import { useId, useRef, useState, type KeyboardEvent } from 'react';

/**
 * The rep's message box: Enter sends, Shift+Enter starts a new line (and Enter while an input
 * method is composing a character is left alone). Focus stays in the box after sending.
 */
export function Composer({ disabled, busy, onSend, onEnd, canEnd }: { disabled: boolean; busy: boolean; canEnd: boolean; onSend(text: string): void; onEnd(): void }) {
  const [text, setText] = useState('');
  const box = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const canSend = !disabled && !busy && text.trim().length > 0;

  function send() {
    if (!canSend) return;
    onSend(text.trim());
    setText('');
    box.current?.focus();
  }

  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      send();
    }
  }

  return (
    <div className="composer">
      <label htmlFor={id} className="visually-hidden">Message</label>
      <textarea
        id={id}
        ref={box}
        className="input textarea composer-input"
        rows={2}
        maxLength={20_000}
        value={text}
        disabled={disabled}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        placeholder={disabled ? 'The call has ended.' : 'Type what you say… (Enter sends, Shift+Enter for a new line)'}
        // The composer is where the rep works; put them there when the call opens.
        autoFocus
      />
      <div className="composer-actions">
        <button type="button" className="btn btn-primary" onClick={send} disabled={!canSend}>Send</button>
        <button type="button" className="btn btn-danger" onClick={onEnd} disabled={!canEnd}>End call</button>
      </div>
    </div>
  );
}

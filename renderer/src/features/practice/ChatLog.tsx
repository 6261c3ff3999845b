import { useEffect, useRef } from 'react';
import type { ConversationTurn } from '../../../../core/analyzer/types';

/**
 * The conversation as a chat log. It is an ARIA live region (`role="log"`, polite), so a
 * screen reader reads each new customer reply without the rep leaving the composer. It is
 * focusable so keyboard users can scroll back through a long call.
 */
export function ChatLog({ turns, customerName, repName, typing }: { turns: readonly ConversationTurn[]; customerName: string; repName: string; typing: boolean }) {
  const end = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // jsdom has no scrollIntoView; browsers do.
    end.current?.scrollIntoView?.({ block: 'end' });
  }, [turns.length, typing]);
  const first = customerName.split(' ')[0] ?? customerName;
  return (
    <div className="chat-log" role="log" aria-live="polite" aria-label={`Conversation with ${customerName}`} tabIndex={0}>
      {turns.length === 0 && (
        <p className="chat-empty">{first} has picked up. Open the call: say hello and set the scene.</p>
      )}
      {turns.map((turn, i) => (
        <div key={i} className={`msg msg-${turn.speaker}`}>
          <span className="msg-who">{turn.speaker === 'rep' ? repName : first}</span>
          <p className="msg-text">{turn.text}</p>
        </div>
      ))}
      {typing && (
        <div className="msg msg-customer msg-typing">
          <span className="msg-who">{first}</span>
          <p className="msg-text"><span className="typing-dots" aria-hidden="true"><span /><span /><span /></span> typing…</p>
        </div>
      )}
      <div ref={end} />
    </div>
  );
}

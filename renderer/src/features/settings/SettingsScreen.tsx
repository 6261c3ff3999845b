import { useEffect, useState, type ReactNode } from 'react';
import type { Settings } from '../../../../core/bridge/contract';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useAppStore } from '../../store/context';
import './settings.css';

function Choice<T extends string>({ legend, name, value, options, onChange }: {
  legend: string;
  name: string;
  value: T;
  options: ReadonlyArray<{ value: T; label: string }>;
  onChange(value: T): void;
}) {
  return (
    <fieldset className="choice">
      <legend className="field-label">{legend}</legend>
      <div className="choice-options">
        {options.map((option) => (
          <label key={option.value} className="choice-option">
            <input type="radio" name={name} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function Toggle({ label, hint, checked, onChange }: { label: string; hint: string; checked: boolean; onChange(checked: boolean): void }) {
  return (
    <label className="toggle">
      <input type="checkbox" role="switch" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span>
        <span className="toggle-label">{label}</span>
        <span className="toggle-hint">{hint}</span>
      </span>
    </label>
  );
}

/** One titled panel of settings. */
function SettingsSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="panel settings-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** Your name, conversation defaults and appearance; every change is applied and saved at once. */
export function SettingsScreen() {
  const settings = useAppStore((state) => state.settings);
  const loaded = useAppStore((state) => state.settingsLoaded);
  const update = useAppStore((state) => state.updateSettings);
  const save = (patch: Partial<Settings>) => void update(patch);

  // The name saves when the field loses focus, not on every keystroke.
  const [name, setName] = useState(settings.name);
  useEffect(() => setName(settings.name), [settings.name]);

  return (
    <div className="screen settings">
      <ScreenHeader title="Settings" subtitle="Changes apply immediately and are saved on this computer." />
      <SettingsSection id="settings-you" title="You">
        <label className="field">
          <span className="field-label">Your name</span>
          <input
            className="input name-input"
            value={name}
            maxLength={100}
            disabled={!loaded}
            autoComplete="name"
            onChange={(e) => setName(e.target.value)}
            onBlur={() => name !== settings.name && save({ name: name.trim() })}
            onKeyDown={(e) => e.key === 'Enter' && name !== settings.name && save({ name: name.trim() })}
          />
        </label>
      </SettingsSection>
      <SettingsSection id="settings-conversation" title="Conversation">
        <Toggle
          label="Typing delay"
          hint="The customer takes a moment to “type” before replying, like a real conversation."
          checked={settings.typingDelay}
          onChange={(typingDelay) => save({ typingDelay })}
        />
        <Toggle
          label="Exam mode by default"
          hint="Hide the live meters during calls, so you practise without a safety net."
          checked={settings.examMode}
          onChange={(examMode) => save({ examMode })}
        />
      </SettingsSection>
      <SettingsSection id="settings-appearance" title="Appearance">
        <Choice
          legend="Theme"
          name="theme"
          value={settings.theme}
          options={[{ value: 'light', label: 'Light' }, { value: 'dark', label: 'Dark' }, { value: 'system', label: 'Match system' }]}
          onChange={(theme) => save({ theme })}
        />
        <Choice
          legend="Text size"
          name="textSize"
          value={settings.textSize}
          options={[{ value: 'small', label: 'Small' }, { value: 'medium', label: 'Medium' }, { value: 'large', label: 'Large' }]}
          onChange={(textSize) => save({ textSize })}
        />
      </SettingsSection>
    </div>
  );
}

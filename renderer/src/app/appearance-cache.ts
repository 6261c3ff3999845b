import { Settings } from '../../../core/bridge/contract';

/** Theme and text size as last shown, so the first frame already has them (no light flash before settings load). */
export type Appearance = Pick<Settings, 'theme' | 'textSize'>;

const KEY = 'listenfirst.appearance';
const AppearanceSchema = Settings.pick({ theme: true, textSize: true });

/** The cached appearance, or undefined when there is none or it is unreadable (then defaults apply). */
export function readCachedAppearance(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): Appearance | undefined {
  try {
    const parsed = AppearanceSchema.safeParse(JSON.parse(storage?.getItem(KEY) ?? 'null'));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers the appearance for the next start; storage being unavailable only costs that nicety. */
export function writeCachedAppearance(appearance: Appearance, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(KEY, JSON.stringify({ theme: appearance.theme, textSize: appearance.textSize }));
  } catch {
    // Private mode or a full disk: the saved settings still load a moment later.
  }
}

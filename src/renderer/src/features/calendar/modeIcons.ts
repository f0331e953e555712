import onsite from './icons/onsite.png'
import onsiteDark from './icons/onsite-dark.png'
import phone from './icons/phone.png'
import phoneDark from './icons/phone-dark.png'
import video from './icons/video.png'
import videoDark from './icons/video-dark.png'

/**
 * The mode icons month chips and week blocks draw as their background image (timeGrid.css), in both themes.
 * The build writes each the same way in the stylesheet and here (inlined as the same data URL), so an image
 * loaded from this list is the one the stylesheet asks for.
 */
export const MODE_ICONS: readonly string[] = [onsite, video, phone, onsiteDark, videoDark, phoneDark]

/** Held for the session, so the decoded images stay in the page's memory cache. */
const loaded: HTMLImageElement[] = []

/**
 * Loads and decodes the icons as soon as the calendar's code is loaded, before any view is drawn. A background
 * image is only requested when an element first uses it, and when it arrives Chromium styles, lays out and
 * paints every chip again: 10–12 ms of a busy month's first drawing, after the script (bench page, 15 fresh
 * pages each: 102 → 94 ms when they follow react-big-calendar's pages, 103 → 78 ms when they follow ours). The
 * calendar is the first screen, so by the time it draws (after the settings and the interviews have come)
 * the six small images are ready, and its first frame is its whole drawing.
 */
export function preloadModeIcons(): void {
  if (loaded.length > 0 || typeof Image === 'undefined') return
  for (const source of MODE_ICONS) {
    const image = new Image()
    image.src = source
    // Decoded now rather than when first painted; an image that fails is simply drawn without it.
    image.decode?.().catch(() => undefined)
    loaded.push(image)
  }
}

preloadModeIcons()

const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
].join(',')

/**
 * What Tab can reach inside `root`, in order, leaving out what belongs to a dialog nested in it (that one
 * traps its own focus) and what is hidden.
 */
export function focusablesIn(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => element.closest('dialog') === root && !element.closest('[hidden], [inert]'),
  )
}

/** Where focus goes when a dialog opens: a marked element, else the first field, else the primary action. */
export function initialFocusIn(root: HTMLElement): HTMLElement | undefined {
  const reachable = focusablesIn(root).filter((element) => !element.classList.contains('dialog-close'))
  return (
    reachable.find((element) => element.hasAttribute('data-autofocus')) ??
    reachable.find((element) => element.matches('input, select, textarea')) ??
    reachable.find((element) => element.classList.contains('primary')) ??
    reachable[0]
  )
}

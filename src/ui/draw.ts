import type { LaterLoader, LaterSteps, PromptCallbacks, PromptHandle, PromptModel } from './types';
import { drawShell } from './shell';
import { drawQuestion } from './question-step';
import { stepPlace } from './step-place';
import { createState } from './state';
import { adoptStyles, questionCss } from './styles';
import { createFocus } from './focus';
import { createFlow } from './flow';
import { keepAboveBottomBar } from './bottom-bar';

/** The `<hearken-prompt>` element, with the accent. */
function createHost(doc: Document, model: PromptModel): HTMLElement {
  const host = doc.createElement('hearken-prompt');
  if (model.accent) host.style.setProperty('--hearken-accent', model.accent);
  // A floating prompt's host takes no part in the page's layout: no grid row or flex item for a `gap` to push
  // (its dialog is fixed). Inline, so that no page rule on the element wins over it.
  if (!model.inline) host.style.setProperty('display', 'contents', 'important');
  return host;
}

/** Runs `fn` in a task after the next frame: once what was just drawn is on screen. */
function afterPaint(win: Window | null, fn: () => void) {
  const task = () => setTimeout(fn, 0);
  win && win.requestAnimationFrame ? win.requestAnimationFrame(task) : task();
}

/**
 * Renders a prompt into a new `<hearken-prompt>` host appended to `mount` (the inline target, or `document.body`
 * for a floating prompt, which positions itself), inside an open shadow root with its own stylesheet (styles.ts).
 * Does not take focus when shown. The dialog and the question are plain DOM (shell.ts, question-step.ts); the steps
 * after the question come from `later`, which draws them with preact: when they are not here yet, they are fetched
 * once the question is on screen, or at once when the visitor picks a score before then.
 */
export function drawPrompt(mount: HTMLElement, model: PromptModel, callbacks: PromptCallbacks, doc: Document | undefined, later: LaterLoader): PromptHandle {
  doc = doc || mount.ownerDocument;
  const host = createHost(doc, model);
  let stopKeepingAbove = () => {};
  const root = host.shadowRoot || host.attachShadow({ mode: 'open' });
  const state = createState();
  const focus = createFocus(root);
  const shell = drawShell(doc, model, state, (step) => flow.actions.close(step));
  let styled = false;
  // set once the flow is made (the question's pick is one of its actions): making it draws nothing
  let drawStep: ReturnType<typeof stepPlace>;
  const draw = (drawn: PromptModel, steps: LaterSteps | undefined) => {
    drawStep(drawn, steps);
    if (state.step.peek() == 'closed') shell.dialog.remove();
    if (!steps || styled) return;
    styled = true;
    adoptStyles(root, doc!, steps.css);
  };
  const flow = createFlow({ model, state, callbacks, focus, root, later, draw });
  drawStep = stepPlace(shell.body, state, flow.actions, drawQuestion(shell.body, model, state, flow.actions.pick));
  root.appendChild(shell.dialog);
  adoptStyles(root, doc, questionCss);
  // each new step drawn (the question is drawn already; later steps here at once bring their stylesheet now)
  const stopSteps = state.step.subscribe(() => {
    const { model: drawn, steps } = flow.current();
    draw(drawn, steps);
  });
  mount.appendChild(host);
  const win = doc.defaultView;
  // Measured in the frame that first shows the prompt, before its paint (no shift), rather than in the task that drew it.
  const keepAbove = () => host.isConnected && (stopKeepingAbove = keepAboveBottomBar(win!, host, model.offset));
  if (!model.inline && win) win.requestAnimationFrame ? win.requestAnimationFrame(keepAbove) : keepAbove();
  if (!flow.current().steps) afterPaint(win, flow.fetchLater);
  // Filled a moment after the region exists, so screen readers announce it.
  focus.later(() => (state.live.value = model.question), 100);
  return {
    thank: flow.thank,
    close: () => state.step.peek() != 'closed' && flow.hide(),
    destroy() {
      flow.hide();
      stopKeepingAbove();
      stopSteps();
      shell.stop();
      host.remove();
    },
  };
}

import { softmaxInPlace } from './linear-model';

/**
 * Temperature scaling (Guo et al., 2017): one number T that divides the logits so the top
 * probability matches how often the top class is right. It keeps the ranking of classes, so it
 * cannot change a prediction, only the confidence that comes with it.
 */
export function fitTemperature(logits: readonly Float64Array[], labels: readonly number[]): number {
  if (logits.length === 0) return 1;
  const scratch = new Float64Array(logits[0]!.length);
  const nll = (logT: number): number => {
    const t = Math.exp(logT);
    let sum = 0;
    for (let i = 0; i < logits.length; i++) {
      scratch.set(logits[i]!);
      softmaxInPlace(scratch, t);
      sum -= Math.log(Math.max(scratch[labels[i]!]!, 1e-12));
    }
    return sum / logits.length;
  };
  // Golden-section search over log T: the loss is unimodal in T, and this needs no gradient.
  let lo = Math.log(0.05);
  let hi = Math.log(20);
  const g = (Math.sqrt(5) - 1) / 2;
  let a = hi - g * (hi - lo);
  let b = lo + g * (hi - lo);
  let fa = nll(a);
  let fb = nll(b);
  for (let i = 0; i < 60; i++) {
    if (fa < fb) {
      hi = b;
      b = a;
      fb = fa;
      a = hi - g * (hi - lo);
      fa = nll(a);
    } else {
      lo = a;
      a = b;
      fa = fb;
      b = lo + g * (hi - lo);
      fb = nll(b);
    }
  }
  return Math.round(Math.exp((lo + hi) / 2) * 1e6) / 1e6;
}

import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/util/suggest.ts
function didYouMean(input, candidates) {
  let best;
  let bestDistance = Infinity;
  const normalized = input.toLowerCase().replace(/_/g, "-");
  for (const candidate of candidates) {
    const distance = editDistance(normalized, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (bestDistance <= Math.max(2, Math.floor(input.length / 3))) return best;
  return abbreviated(normalized, candidates);
}
function abbreviated(input, candidates) {
  if (input.length < 2) return void 0;
  const fits = candidates.filter((candidate) => {
    const lower = candidate.toLowerCase();
    if (lower[0] !== input[0]) return false;
    let at = 0;
    for (const char of input) {
      at = lower.indexOf(char, at) + 1;
      if (at === 0) return false;
    }
    return true;
  });
  return fits.length === 1 ? fits[0] : void 0;
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length];
}

export {
  didYouMean
};

// Independent, deliberately naive computations that the analytic module is checked against:
// textbook closed forms with plain factorial sums, a direct product-form chain, and an ODE
// integration of the waiting customer's fate. Small inputs only (no overflow care).

/** Rounds to `digits` significant digits, as a reference table prints them. */
export function sig(x: number, digits: number): number {
  return Number(x.toPrecision(digits));
}

/** Erlang C from the closed form P(wait) = (A^N/N! · N/(N−A)) / (Σ_{k<N} A^k/k! + A^N/N! · N/(N−A)). */
export function closedFormErlangC(n: number, a: number, aht: number, t: number) {
  let term = 1; // A^k / k!
  let below = 0;
  for (let k = 0; k < n; k++) { below += term; term *= a / (k + 1); }
  const waiting = (term * n) / (n - a);
  const c = waiting / (below + waiting);
  return {
    c,
    serviceLevel: 1 - c * Math.exp((-(n - a) * t) / aht),
    meanWaitSeconds: (c * aht) / (n - a),
    meanQueueLength: (c * a) / (n - a),
  };
}

/** Erlang B from its closed form (A^N/N!) / Σ_{k≤N} A^k/k!. */
export function closedFormErlangB(n: number, a: number): number {
  let term = 1, sum = 1;
  for (let k = 1; k <= n; k++) { term *= a / k; sum += term; }
  return term / sum;
}

/** P(K = k) for K ~ Poisson(mean), k = 0..kMax. */
export function poissonPmf(mean: number, kMax: number): number[] {
  const p = [Math.exp(-mean)];
  for (let k = 1; k <= kMax; k++) p.push((p[k - 1]! * mean) / k);
  return p;
}

/** The M/M/N+M stationary law by direct products from k = 0, truncated at kMax. */
export function naiveErlangAChain(lambda: number, mu: number, theta: number, n: number, kMax: number): number[] {
  const w = [1];
  for (let k = 1; k <= kMax; k++) w.push((w[k - 1]! * lambda) / (Math.min(k, n) * mu + Math.max(k - n, 0) * theta));
  const total = w.reduce((s, x) => s + x, 0);
  return w.map((x) => x / total);
}

/**
 * u_j(T) = P(a customer with j ahead is answered within T), by RK4 on the backward equations
 * du_j/dt = (Nμ + jθ)(u_{j−1} − u_j) − θ·u_j, u_{−1} ≡ 1, u_j(0) = 0.
 */
export function answeredWithinByOde(nMu: number, theta: number, jMax: number, t: number, steps: number): Float64Array {
  const h = t / steps;
  const size = jMax + 1;
  const deriv = (u: Float64Array, out: Float64Array) => {
    for (let j = 0; j < size; j++) out[j] = (nMu + j * theta) * ((j === 0 ? 1 : u[j - 1]!) - u[j]!) - theta * u[j]!;
  };
  const u = new Float64Array(size), tmp = new Float64Array(size);
  const k1 = new Float64Array(size), k2 = new Float64Array(size), k3 = new Float64Array(size), k4 = new Float64Array(size);
  for (let s = 0; s < steps; s++) {
    deriv(u, k1);
    for (let j = 0; j < size; j++) tmp[j] = u[j]! + (h / 2) * k1[j]!;
    deriv(tmp, k2);
    for (let j = 0; j < size; j++) tmp[j] = u[j]! + (h / 2) * k2[j]!;
    deriv(tmp, k3);
    for (let j = 0; j < size; j++) tmp[j] = u[j]! + h * k3[j]!;
    deriv(tmp, k4);
    for (let j = 0; j < size; j++) u[j] = u[j]! + (h / 6) * (k1[j]! + 2 * k2[j]! + 2 * k3[j]! + k4[j]!);
  }
  return u;
}

/**
 * ASA of M/M/N+M by first-step analysis, apart from the closed sum erlangA uses. With j ahead
 * the next event comes at rate r = Nμ + (j+1)θ: the line moves (Nμ + jθ) or the customer leaves
 * (θ). So P_j = (Nμ+jθ)/r · P_{j−1} (answered) and m_j = P_j/r + (Nμ+jθ)/r · m_{j−1}
 * (m = E[wait · 1{answered}]), P_{−1} = 1, m_{−1} = 0. ASA = Σ p_k m / Σ p_k P over arrivals.
 */
export function asaByFirstStep(p: readonly number[], n: number, nMu: number, theta: number): number {
  let answered = 0, waitSum = 0;
  let prevP = 1, prevM = 0;
  p.forEach((pk, k) => {
    if (k < n) { answered += pk; return; }
    const j = k - n;
    const r = nMu + (j + 1) * theta;
    const moves = (nMu + j * theta) / r;
    const pj = moves * prevP;
    const mj = pj / r + moves * prevM;
    answered += pk * pj;
    waitSum += pk * mj;
    prevP = pj;
    prevM = mj;
  });
  return waitSum / answered;
}

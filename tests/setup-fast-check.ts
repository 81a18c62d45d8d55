// Property tests are deterministic in CI: one seed for every run. Explore with FC_SEED=<n>
// (any other seed), and turn a counterexample found that way into a fixture or unit test.
import fc from 'fast-check';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261122) });

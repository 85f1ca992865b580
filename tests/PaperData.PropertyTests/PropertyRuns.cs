using System;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace PaperData.PropertyTests
{
    /// <summary>
    /// How many random cases each property tries, and from which seed. By default a small, fixed set of cases, so CI
    /// is fast and a failure always reproduces; PAPERDATA_PROPERTY_RUNS=N runs every property N times from fresh random
    /// seeds (a long exploring run: PAPERDATA_PROPERTY_RUNS=5000); PAPERDATA_PROPERTY_SEED=S replays seed S (what a
    /// failure prints as the first number of its seed pair).
    /// </summary>
    internal static class PropertyRuns
    {
        public const string Variable = "PAPERDATA_PROPERTY_RUNS";

        public const string SeedVariable = "PAPERDATA_PROPERTY_SEED";

        // Any odd gamma works; fixing it makes a seed alone enough to replay a run.
        private const ulong Gamma = 0x9E3779B97F4A7C15;
        private const ulong DefaultSeed = 20260311;

        /// <summary>Cheap properties (parsing only).</summary>
        public static int Parse => Override ?? 300;

        /// <summary>Properties that run the generator and the C# compiler per case.</summary>
        public static int Compile => Override ?? 40;

        /// <summary>Properties that run the generator 20 times per case (5 line-break styles x 4 cultures).</summary>
        public static int Determinism => Override ?? 12;

        private static int? Override =>
            int.TryParse(Environment.GetEnvironmentVariable(Variable), NumberStyles.None, CultureInfo.InvariantCulture, out int runs) && runs > 0
                ? runs
                : null;

        /// <summary>Checks <paramref name="body"/> for <paramref name="runs"/> values of <paramref name="gen"/>; throws with the counterexample on failure.</summary>
        public static void Check<T>(Gen<T> gen, int runs, Action<T> body)
        {
            Config config = Config.QuickThrowOnFailure.WithMaxTest(runs).WithQuietOnSuccess(true);
            ulong? seed = ulong.TryParse(Environment.GetEnvironmentVariable(SeedVariable), NumberStyles.None, CultureInfo.InvariantCulture, out ulong given)
                ? given
                : Override is null ? DefaultSeed : null;
            if (seed is ulong fixedSeed) config = config.WithReplay(fixedSeed, Gamma);
            Prop.ForAll(gen.ToArbitrary(), body).Check(config);
        }
    }
}

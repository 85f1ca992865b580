using System;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace PaperData.PropertyTests
{
    /// <summary>
    /// How many random cases each property tries. Small by default so CI stays fast; PAPERDATA_PROPERTY_RUNS=N
    /// runs every property N times instead (for a long run: PAPERDATA_PROPERTY_RUNS=5000).
    /// </summary>
    internal static class PropertyRuns
    {
        public const string Variable = "PAPERDATA_PROPERTY_RUNS";

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
            Prop.ForAll(gen.ToArbitrary(), body).Check(config);
        }
    }
}

using System.Collections.Generic;
using System.Threading.Tasks;
using Xunit;

namespace PaperData.PackageTests.Infrastructure
{
    /// <summary>A consumer that is also run after a successful build: its key=value output lines, for tests to read.</summary>
    public abstract class RunConsumer : BuiltConsumer
    {
        private readonly string _targetFramework;

        protected RunConsumer(PackedPackage package, string name, string targetFramework)
            : base(package, name)
        {
            _targetFramework = targetFramework;
        }

        public CliResult? Run { get; private set; }

        public Dictionary<string, string> Values { get; private set; } = new Dictionary<string, string>();

        /// <summary>The value the program printed for <paramref name="key"/>; fails with the build or run output if there is none.</summary>
        public string Value(string key)
        {
            Assert.True(Build.Succeeded, Build.Describe());
            Assert.True(Values.TryGetValue(key, out string? value), "the consumer printed no '" + key + "':\n" + Run?.Describe());
            return value!;
        }

        protected override async Task AfterBuildAsync()
        {
            Run = await Project.RunAsync(_targetFramework);
            Values = Consumer.ParseValues(Run.Output);
        }
    }
}

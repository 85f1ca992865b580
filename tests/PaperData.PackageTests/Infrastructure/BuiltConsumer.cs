using System.Threading.Tasks;
using Xunit;

namespace PaperData.PackageTests.Infrastructure
{
    /// <summary>A class fixture that copies one project from Consumers/ and builds it against the packed package, once for all its tests.</summary>
    public abstract class BuiltConsumer : IAsyncLifetime
    {
        private readonly string _name;

        protected BuiltConsumer(PackedPackage package, string name)
        {
            Package = package;
            _name = name;
        }

        public Consumer Project { get; private set; } = null!;

        public CliResult Build { get; private set; } = null!;

        protected PackedPackage Package { get; }

        public async ValueTask InitializeAsync()
        {
            Project = Consumer.Copy(Package, _name);
            Build = await Project.BuildAsync(Package);
            if (Build.Succeeded) await AfterBuildAsync();
        }

        public ValueTask DisposeAsync() => default;

        /// <summary>What a fixture does with a successful build (e.g. run it); nothing by default.</summary>
        protected virtual Task AfterBuildAsync() => Task.CompletedTask;
    }
}

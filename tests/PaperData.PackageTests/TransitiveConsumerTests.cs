using PaperData.PackageTests.Infrastructure;
using Xunit;

namespace PaperData.PackageTests
{
    /// <summary>
    /// Builds and runs Consumers/Transitive: an app whose only path to PaperData is a library's PackageReference.
    /// Its own digest must still become a catalogue: the build logic comes from buildTransitive/ and the SDK applies
    /// the generator of a transitive package too.
    /// </summary>
    public sealed class TransitiveConsumer : RunConsumer
    {
        public TransitiveConsumer(PackedPackage package)
            : base(package, "Transitive", "net10.0")
        {
        }
    }

    public sealed class TransitiveConsumerTests : IClassFixture<TransitiveConsumer>
    {
        private readonly TransitiveConsumer _app;

        public TransitiveConsumerTests(TransitiveConsumer app) => _app = app;

        [Fact]
        public void A_digest_in_a_project_that_gets_PaperData_transitively_becomes_a_catalogue()
        {
            Assert.True(_app.Build.Succeeded, _app.Build.Describe());
            Assert.True(_app.Run!.Succeeded, _app.Run.Describe());
            Assert.Equal("2/2", Value("shelf.count"));
            Assert.Equal("NeRF Shelf: Radiance Fields on a Shelf", Value("shelf.first"));
            Assert.Equal("NeRF Shelf: Radiance Fields on a Shelf", Value("shelf.search"));
            Assert.Equal("Learning dynamic representations of the functional connectome in neurobiological networks", Value("lib.trending"));
        }

        private string Value(string key) => _app.Value(key);
    }
}

using System;
using Xunit.Sdk;

namespace PaperData
{
    /// <summary>
    /// One paper of a catalogue as a theory argument of <see cref="PapersDataAttribute"/>. It serialises as the
    /// catalogue type and the paper id, not as the paper's value, so test explorers list one case per paper and can
    /// re-run one; it converts implicitly to <see cref="PaperData.Paper"/>, so a theory simply takes a
    /// <c>Paper</c> parameter.
    /// </summary>
    public sealed class PaperCase : IXunitSerializable
    {
        private Type? _catalogType;
        private string? _id;
        private Paper? _paper;

        /// <summary>For the xunit deserialiser only.</summary>
        [Obsolete("Called by xunit when it deserialises a test case.")]
        public PaperCase()
        {
        }

        /// <summary>The paper with <paramref name="id"/> in the catalogue of <paramref name="catalogType"/>.</summary>
        public PaperCase(Type catalogType, string id)
        {
            _catalogType = catalogType ?? throw new ArgumentNullException(nameof(catalogType));
            _id = id ?? throw new ArgumentNullException(nameof(id));
        }

        /// <summary>The catalogue type named in the attribute.</summary>
        public Type CatalogType => _catalogType ?? throw NotInitialised();

        /// <summary>The paper's id.</summary>
        public string Id => _id ?? throw NotInitialised();

        /// <summary>The paper, looked up by id in the catalogue on first use.</summary>
        /// <exception cref="InvalidOperationException">The catalogue has no paper with the id (any more).</exception>
        public Paper Paper => _paper ??= Lookup(CatalogType, Id);

        /// <summary>The paper of <paramref name="paperCase"/>.</summary>
        public static implicit operator Paper(PaperCase paperCase) =>
            (paperCase ?? throw new ArgumentNullException(nameof(paperCase))).Paper;

        /// <summary>The paper's id (what test names show).</summary>
        public override string ToString() => _id ?? string.Empty;

        void IXunitSerializable.Deserialize(IXunitSerializationInfo info)
        {
            _catalogType = info.GetValue<Type>("catalog") ?? throw new InvalidOperationException("The serialised paper case has no catalogue type.");
            _id = info.GetValue<string>("id") ?? throw new InvalidOperationException("The serialised paper case has no paper id.");
        }

        void IXunitSerializable.Serialize(IXunitSerializationInfo info)
        {
            info.AddValue("catalog", CatalogType);
            info.AddValue("id", Id);
        }

        private static Paper Lookup(Type catalogType, string id)
        {
            foreach (Paper paper in CatalogSource.Resolve(catalogType).Papers)
            {
                if (string.Equals(paper.Id, id, StringComparison.Ordinal)) return paper;
            }

            throw new InvalidOperationException("The catalogue " + catalogType.FullName + " has no paper with id '" + id + "' (was the digest changed since the tests were listed?).");
        }

        private static InvalidOperationException NotInitialised() => new InvalidOperationException("This paper case was never deserialised.");
    }
}

using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Xunit.Sdk;

namespace PaperData
{
    /// <summary>
    /// Lets xunit serialise a <see cref="Paper"/> that <see cref="PapersDataAttribute"/> produced, as its catalogue
    /// type and id (the <see cref="PaperCase"/> form), so a theory with a <c>Paper</c> parameter is listed one case
    /// per paper. The PaperData.Xunit package registers it in the test assembly; by hand:
    /// <c>[assembly: Xunit.Sdk.RegisterXunitSerializer(typeof(PaperData.PaperSerializer), typeof(PaperData.Paper))]</c>.
    /// </summary>
    /// <remarks>
    /// Only papers handed out by the attribute are serialisable: any other <c>Paper</c> has no catalogue to be
    /// found in again, so xunit falls back to one test case for the theory, as it does for any unserialisable value.
    /// </remarks>
    public sealed class PaperSerializer : IXunitSerializer
    {
        // Which catalogue and id each handed-out paper came from; keyed by reference and never keeps a paper alive.
        private static readonly ConditionalWeakTable<Paper, PaperCase> Origins = new ConditionalWeakTable<Paper, PaperCase>();

        /// <summary>Remembers where <paramref name="paper"/> came from, for <see cref="Serialize"/>.</summary>
        internal static void Remember(Paper paper, PaperCase origin)
        {
            lock (Origins)
            {
                Origins.Remove(paper);
                Origins.Add(paper, origin);
            }
        }

        /// <inheritdoc />
        public bool IsSerializable(Type type, object? value, [NotNullWhen(false)] out string? failureReason)
        {
            if (value is Paper paper && !Origins.TryGetValue(paper, out _))
            {
                failureReason = "The paper '" + paper.Id + "' did not come from [PapersData], so it has no catalogue to be found in again.";
                return false;
            }

            if (type != typeof(Paper))
            {
                failureReason = "Only papers can be serialised here.";
                return false;
            }

            failureReason = null;
            return true;
        }

        /// <inheritdoc />
        public string Serialize(object value)
        {
            if (value is not Paper paper) throw new ArgumentException("Only papers can be serialised here.", nameof(value));
            if (!Origins.TryGetValue(paper, out PaperCase? origin)) throw new ArgumentException("The paper '" + paper.Id + "' did not come from [PapersData].", nameof(value));
            return SerializationHelper.Instance.Serialize(origin);
        }

        /// <inheritdoc />
        public object Deserialize(Type type, string serializedValue)
        {
            PaperCase origin = SerializationHelper.Instance.Deserialize<PaperCase>(serializedValue)
                ?? throw new ArgumentException("The serialised paper is empty.", nameof(serializedValue));
            Paper paper = origin.Paper;
            Remember(paper, origin);
            return paper;
        }
    }
}

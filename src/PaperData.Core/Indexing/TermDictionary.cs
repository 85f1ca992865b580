using System;
using System.Runtime.CompilerServices;

namespace PaperData.Core.Indexing
{
    /// <summary>
    /// Terms numbered in order of first appearance, looked up by a run of chars in a buffer, so that indexing
    /// makes one string per distinct term instead of one per word. Open addressing (linear probing) over a
    /// power-of-two slot table kept at most half full; netstandard2.0 has no span-keyed dictionary.
    /// </summary>
    internal sealed class TermDictionary
    {
        // A per-process seed, so that crafted input cannot aim for one probe chain; ids never depend on it.
        private static readonly ulong Seed = (ulong)Guid.NewGuid().GetHashCode();

        // Per slot: the entry's hash in the high half, its id + 1 in the low half (0: empty), so that a probe
        // reads one array and opens a string only when the hashes match.
        private ulong[] _slots = new ulong[1024];
        private string[] _terms = new string[512];  // per entry id

        public int Count { get; private set; }

        public string Term(int id) => _terms[id];

        public int GetOrAdd(string term) => GetOrAdd(term.ToCharArray(), term.Length);

        /// <summary>The id of <paramref name="chars"/>[0..<paramref name="length"/>), added with the next id when new.</summary>
        [MethodImpl(HotPath.Optimized)]
        public int GetOrAdd(char[] chars, int length)
        {
            uint hash = Hash(chars, length);
            ulong[] slots = _slots;
            int mask = slots.Length - 1;
            int slot = (int)hash & mask;
            while (true)
            {
                ulong probe = slots[slot];
                if (probe == 0) break;
                int entry = (int)(uint)probe - 1;
                if ((uint)(probe >> 32) == hash && SameChars(_terms[entry], chars, length)) return entry;
                slot = (slot + 1) & mask;
            }

            int id = Count++;
            if (id == _terms.Length) Array.Resize(ref _terms, id * 2);
            _terms[id] = new string(chars, 0, length);
            slots[slot] = ((ulong)hash << 32) | (uint)(id + 1);
            if (Count * 2 > slots.Length) Grow();
            return id;
        }

        private static bool SameChars(string term, char[] chars, int length)
        {
            if (term.Length != length) return false;
            for (int i = 0; i < length; i++)
            {
                if (term[i] != chars[i]) return false;
            }

            return true;
        }

        // FNV-1a over four chars at a time (a short multiply chain: words are short), then a multiply-shift finish
        // so that the low bits (the slot) depend on every char.
        private static uint Hash(char[] chars, int length)
        {
            ulong hash = 14695981039346656037UL ^ Seed;
            int i = 0;
            for (; i + 4 <= length; i += 4)
            {
                ulong block = chars[i] | ((ulong)chars[i + 1] << 16) | ((ulong)chars[i + 2] << 32) | ((ulong)chars[i + 3] << 48);
                hash = (hash ^ block) * 1099511628211UL;
            }

            ulong rest = (ulong)length << 48;
            for (int shift = 0; i < length; i++, shift += 16) rest |= (ulong)chars[i] << shift;
            hash = (hash ^ rest) * 1099511628211UL;
            hash ^= hash >> 29;
            hash *= 0xBF58476D1CE4E5B9UL;
            return (uint)(hash ^ (hash >> 32));
        }

        private void Grow()
        {
            var slots = new ulong[_slots.Length * 2];
            int mask = slots.Length - 1;
            foreach (ulong probe in _slots)
            {
                if (probe == 0) continue;
                int slot = (int)(probe >> 32) & mask;
                while (slots[slot] != 0) slot = (slot + 1) & mask;
                slots[slot] = probe;
            }

            _slots = slots;
        }
    }
}

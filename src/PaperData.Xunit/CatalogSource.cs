using System;
using System.Collections.Concurrent;
using System.Reflection;

namespace PaperData
{
    /// <summary>
    /// Finds the catalogue behind a catalogue type: a static <see cref="PaperCatalog"/> property named
    /// <c>Catalog</c> (what the generator writes, and <see cref="TrendingPapers"/> has), else the type's only static
    /// <see cref="PaperCatalog"/> property or field (a hand-built catalogue for tests). Generated classes are
    /// internal by default, so non-public members count too.
    /// </summary>
    internal static class CatalogSource
    {
        private const BindingFlags StaticMembers = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

        // One catalogue object per type: a hand-built one may be computed by its getter on every call.
        private static readonly ConcurrentDictionary<Type, PaperCatalog> Cache = new ConcurrentDictionary<Type, PaperCatalog>();

        public static PaperCatalog Resolve(Type catalogType)
        {
            if (catalogType is null) throw new ArgumentNullException(nameof(catalogType));
            return Cache.GetOrAdd(catalogType, Find);
        }

        /// <summary>The catalogue type's nested <c>Key</c> enum (generated catalogues), or null.</summary>
        public static Type? KeyEnum(Type catalogType)
        {
            Type? key = catalogType.GetNestedType("Key", BindingFlags.Public | BindingFlags.NonPublic);
            return key is not null && key.IsEnum ? key : null;
        }

        private static PaperCatalog Find(Type catalogType)
        {
            PropertyInfo? named = catalogType.GetProperty("Catalog", StaticMembers);
            if (named is not null && named.PropertyType == typeof(PaperCatalog) && named.GetIndexParameters().Length == 0)
            {
                return Read(catalogType, () => named.GetValue(null));
            }

            MemberInfo? only = null;
            foreach (MemberInfo member in catalogType.GetMembers(StaticMembers))
            {
                bool isCatalog = member is PropertyInfo p ? p.PropertyType == typeof(PaperCatalog) && p.GetIndexParameters().Length == 0
                    : member is FieldInfo f && f.FieldType == typeof(PaperCatalog);
                if (!isCatalog) continue;
                if (only is not null) throw Unusable(catalogType, "has more than one static PaperCatalog member and none named Catalog");
                only = member;
            }

            if (only is null) throw Unusable(catalogType, "has no static PaperCatalog property or field (a generated catalogue class has Catalog)");
            return Read(catalogType, () => only is PropertyInfo p ? p.GetValue(null) : ((FieldInfo)only).GetValue(null));
        }

        private static PaperCatalog Read(Type catalogType, Func<object?> read)
        {
            object? value;
            try
            {
                value = read();
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                throw new InvalidOperationException("Reading the catalogue of " + catalogType.FullName + " failed: " + e.InnerException.Message, e.InnerException);
            }

            return value as PaperCatalog ?? throw Unusable(catalogType, "returned a null catalogue");
        }

        private static ArgumentException Unusable(Type catalogType, string why) =>
            new ArgumentException("[PapersData] cannot use " + catalogType.FullName + ": it " + why + ".", nameof(catalogType));
    }
}

using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Emit;
using Xunit;

namespace PaperData.Generator.Tests.Harness
{
    /// <summary>
    /// A compilation emitted to memory and loaded into a collectible context. PaperData itself resolves to the
    /// copy the tests already use, so generated papers are real <see cref="Paper"/> objects to assert on.
    /// </summary>
    public sealed class LoadedAssembly : IDisposable
    {
        private readonly AssemblyLoadContext _context;

        private LoadedAssembly(AssemblyLoadContext context, Assembly assembly)
        {
            _context = context;
            Assembly = assembly;
        }

        public Assembly Assembly { get; }

        public static LoadedAssembly Emit(Compilation compilation)
        {
            using var stream = new MemoryStream();
            EmitResult result = compilation.Emit(stream);
            Assert.True(result.Success, "emit failed:\n" + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
            stream.Position = 0;
            var context = new AssemblyLoadContext("generated-" + compilation.AssemblyName, isCollectible: true);
            return new LoadedAssembly(context, context.LoadFromStream(stream));
        }

        public Type Type(string fullName) =>
            Assembly.GetType(fullName) ?? throw new InvalidOperationException("no type " + fullName + " in the generated assembly");

        /// <summary>The value of a public static property or constant of <paramref name="type"/>.</summary>
        public T Static<T>(string type, string member)
        {
            Type t = Type(type);
            object? value = t.GetProperty(member, BindingFlags.Public | BindingFlags.Static)?.GetValue(null)
                ?? t.GetField(member, BindingFlags.Public | BindingFlags.Static)?.GetValue(null)
                ?? throw new InvalidOperationException("no public static member " + type + "." + member);
            return (T)value;
        }

        /// <summary>Calls a public static method of <paramref name="type"/>.</summary>
        public T Call<T>(string type, string method, params object?[] arguments) =>
            (T)(Type(type).GetMethod(method, BindingFlags.Public | BindingFlags.Static)?.Invoke(null, arguments)
                ?? throw new InvalidOperationException(type + "." + method + " returned null or does not exist"));

        public void Dispose() => _context.Unload();
    }
}

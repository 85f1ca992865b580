namespace System.Diagnostics.CodeAnalysis
{
    // netstandard2.0 lacks it; IXunitSerializer.IsSerializable declares its failure reason with it.
    [AttributeUsage(AttributeTargets.Parameter)]
    internal sealed class NotNullWhenAttribute : Attribute
    {
        public NotNullWhenAttribute(bool returnValue) => ReturnValue = returnValue;

        public bool ReturnValue { get; }
    }
}

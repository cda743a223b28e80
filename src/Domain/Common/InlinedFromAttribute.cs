namespace Wuzhong.Domain.Common;

/// <summary>
/// Marks a method whose body is the compiled form of an expression property of its class (named here), so that a query
/// may call the method and have the expression inlined before it is translated to SQL (<see cref="RuleInlining"/>):
/// the rule is written once and runs alike in C# and in the database.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class InlinedFromAttribute(string expressionProperty) : Attribute
{
    public string ExpressionProperty { get; } = expressionProperty;
}

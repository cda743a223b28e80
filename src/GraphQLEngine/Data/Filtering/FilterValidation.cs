using System.Collections;

namespace Wuzhong.GraphQLEngine.Data.Filtering;

/// <summary>
/// What the input types cannot say, checked while the document is validated, each error naming the argument path
/// (where.departments.some.department.name.in): as HotChocolate does, a null where no null can match — a field's
/// filter given as null (<c>{ number: null }</c>), <c>eq</c>/<c>neq</c>/<c>in</c>/<c>nin</c> with null on a field that is
/// never null, a list operator given null (<c>some: null</c>); a comparison or text operator without a value; text no
/// database stores. Knowing the entity, the fields' nullability is the declaration's; without it (a <c>having</c>
/// filter of measures) only the untyped checks apply.
/// </summary>
public static class FilterValidation
{
    private static readonly HashSet<string> Combinators = ["and", "or"];

    public static IEnumerable<string> Problems(object? where, string path, IFilterValueRules? rules, IEntityDeclaration? entity = null) =>
        entity is null ? Untyped(where, path, rules) : Entity(entity, where, path, rules);

    private static IEnumerable<string> Entity(IEntityDeclaration entity, object? where, string path, IFilterValueRules? rules)
    {
        if (where is not IDictionary<string, object?> fields)
        {
            yield break;
        }
        foreach (var (name, value) in fields)
        {
            var here = $"{path}.{name}";
            if (Combinators.Contains(name))
            {
                foreach (var problem in Branches(value, here, item => Entity(entity, item.Value, item.Path, rules)))
                {
                    yield return problem;
                }
                continue;
            }
            if (entity.Field(name) is not { } field)
            {
                continue;
            }
            var problems = (field.Kind, value) switch
            {
                // { group: null } asks for a missing related entity: a condition of its own.
                (FieldKind.Object, null) => [],
                (FieldKind.Object, _) => Entity(field.Target!(), value, here, rules),
                (_, null) => [$"{here}: null is not a condition; leave the field out, or ask with an operator (eq, in …)."],
                (FieldKind.Scalar, _) when field.ValueType == typeof(List<string>) => ListOperators(null, value, here, rules),
                (FieldKind.Scalar, _) => Operations(field.Nullable, name, value, here, rules),
                _ => ListOperators(field.Target!(), value, here, rules),
            };
            foreach (var problem in problems)
            {
                yield return problem;
            }
        }
    }

    /// <summary>some/all/none/any over a list of entities (each item an entity filter) or of strings (each item an operation).</summary>
    private static IEnumerable<string> ListOperators(IEntityDeclaration? element, object? where, string path, IFilterValueRules? rules)
    {
        if (where is not IDictionary<string, object?> operators)
        {
            yield break;
        }
        foreach (var (name, value) in operators)
        {
            var here = $"{path}.{name}";
            if (value is null)
            {
                yield return $"{here}: needs a {(name == "any" ? "true or false" : "filter")}; null asks nothing.";
                continue;
            }
            var problems = name switch
            {
                "any" => [],
                "aggregates" => element?.Measures is { } measures ? Entity(measures, value, here, rules) : Untyped(value, here, rules),
                _ => element is null ? Operations(nullable: false, "item", value, here, rules) : Entity(element, value, here, rules),
            };
            foreach (var problem in problems)
            {
                yield return problem;
            }
        }
    }

    /// <summary>The operators on one scalar field; <paramref name="nullable"/>: whether the field can be null.</summary>
    private static IEnumerable<string> Operations(bool nullable, string field, object? where, string path, IFilterValueRules? rules)
    {
        if (where is not IDictionary<string, object?> operations)
        {
            yield break;
        }
        foreach (var (name, value) in operations)
        {
            var here = $"{path}.{name}";
            if (Combinators.Contains(name))
            {
                foreach (var problem in Branches(value, here, item => Operations(nullable, field, item.Value, item.Path, rules)))
                {
                    yield return problem;
                }
                continue;
            }
            var op = Operators.Named(name);
            if (op is { Operand: Operators.OperandKind.ValueOrNull } && value is null && !nullable)
            {
                yield return $"{here}: {field} is never null, so null matches {(op.Negated ? "everything" : "nothing")}; leave the operator out.";
            }
            else if (op is { TakesList: true } && value is null)
            {
                yield return $"{here}: needs a list; give [] for none.";
            }
            else if (op is { TakesList: true } && !nullable && value is IEnumerable items and not string && items.Cast<object?>().Any(item => item is null))
            {
                yield return $"{here}: {field} is never null; null values are not supported in the list.";
            }
            else if (op is { NeedsValue: true } && value is null)
            {
                yield return $"{here}: needs a value; null is only meaningful with eq and neq.";
            }
            foreach (var problem in Texts(value, here, rules))
            {
                yield return problem;
            }
        }
    }

    /// <summary>The items of an <c>and</c>/<c>or</c> list, each checked with its index on the path.</summary>
    private static IEnumerable<string> Branches(object? value, string path, Func<(object? Value, string Path), IEnumerable<string>> check)
    {
        var index = 0;
        foreach (var item in value is IEnumerable items and not string ? items.Cast<object?>() : [])
        {
            foreach (var problem in check((item, $"{path}[{index++}]")))
            {
                yield return problem;
            }
        }
    }

    private static IEnumerable<string> Texts(object? value, string path, IFilterValueRules? rules)
    {
        if (value is string text && rules?.IsStorableText(text) == false)
        {
            yield return $"{path}: the text contains U+0000 or a lone surrogate, which the store cannot hold.";
        }
        else if (value is IEnumerable items and not string)
        {
            var index = 0;
            foreach (var item in items)
            {
                if (item is string member && rules?.IsStorableText(member) == false)
                {
                    yield return $"{path}[{index}]: the text contains U+0000 or a lone surrogate, which the store cannot hold.";
                }
                index++;
            }
        }
    }

    /// <summary>Where the entity is not known (measures' <c>having</c>): operators without values, and text.</summary>
    private static IEnumerable<string> Untyped(object? where, string path, IFilterValueRules? rules)
    {
        if (where is IDictionary<string, object?> fields)
        {
            foreach (var (name, value) in fields)
            {
                var here = $"{path}.{name}";
                if (Operators.Named(name) is { NeedsValue: true } && value is null)
                {
                    yield return $"{here}: needs a value; null is only meaningful with eq and neq.";
                }
                foreach (var problem in Texts(value, here, rules).Concat(Untyped(value, here, rules)))
                {
                    yield return problem;
                }
            }
        }
        else if (where is IEnumerable items and not string)
        {
            var index = 0;
            foreach (var item in items)
            {
                foreach (var problem in Untyped(item, $"{path}[{index++}]", rules))
                {
                    yield return problem;
                }
            }
        }
    }
}

using System.Collections;

namespace Wuzhong.GraphQLEngine.Data.Filtering;

/// <summary>
/// What the input types cannot say: an empty <c>in</c>, a text operator without text, text no database stores. Checked while the document
/// is validated, each error naming the argument path (where.departments.some.department.name.in).
/// </summary>
public static class FilterValidation
{
    private static readonly HashSet<string> TextOperators = ["contains", "ncontains", "startsWith", "nstartsWith", "endsWith", "nendsWith",
        "gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte"];

    public static IEnumerable<string> Problems(object? where, string path, IFilterValueRules? rules)
    {
        if (where is IDictionary<string, object?> fields)
        {
            foreach (var (name, value) in fields)
            {
                var here = $"{path}.{name}";
                if (name is "in" or "nin" && value is IEnumerable list and not string && !list.Cast<object?>().Any())
                {
                    yield return $"{here}: an empty list matches nothing; leave the operator out or give it values.";
                }
                else if (TextOperators.Contains(name) && value is null)
                {
                    yield return $"{here}: needs a value; null is only meaningful with eq and neq.";
                }
                else if (value is string text && rules?.IsStorableText(text) == false)
                {
                    yield return $"{here}: the text contains U+0000 or a lone surrogate, which the store cannot hold.";
                }
                foreach (var problem in Problems(value, here, rules))
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
                if (item is string text && rules?.IsStorableText(text) == false)
                {
                    yield return $"{path}[{index}]: the text contains U+0000 or a lone surrogate, which the store cannot hold.";
                }
                foreach (var problem in Problems(item, $"{path}[{index++}]", rules))
                {
                    yield return problem;
                }
            }
        }
    }
}

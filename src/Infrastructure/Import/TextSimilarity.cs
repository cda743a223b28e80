namespace Wuzhong.Infrastructure.Import;

/// <summary>
/// How alike two task texts are: the Dice coefficient of their character pairs (1 for the same text, near 1 after a typo
/// or a changed figure, about 0.2 for two different tasks that share the plan's stock phrases such as 加快推进…建设).
/// Chinese has no spaces, so characters, not words, are compared.
/// </summary>
public static class TextSimilarity
{
    /// <summary>
    /// Whether a changed text is still the same task (amended), rather than one task removed and another added: one text
    /// holds the other (a clause added or cut), or they are alike enough; a task that kept its place needs less likeness
    /// (a short text with a word changed) than one found elsewhere.
    /// </summary>
    public static bool SameTask(string before, string after, bool samePlace) =>
        Math.Min(before.Length, after.Length) >= 2 && (before.Contains(after, StringComparison.Ordinal) || after.Contains(before, StringComparison.Ordinal))
        || Of(before, after) >= (samePlace ? 0.4 : 0.6);

    public static double Of(string a, string b)
    {
        if (a == b)
        {
            return 1;
        }
        var pairsOfA = Pairs(a);
        var pairsOfB = Pairs(b);
        if (pairsOfA.Count == 0 || pairsOfB.Count == 0)
        {
            return 0;
        }
        var shared = 0;
        foreach (var (pair, count) in pairsOfA)
        {
            shared += Math.Min(count, pairsOfB.GetValueOrDefault(pair));
        }
        return 2.0 * shared / (pairsOfA.Values.Sum() + pairsOfB.Values.Sum());
    }

    private static Dictionary<(char, char), int> Pairs(string text)
    {
        var pairs = new Dictionary<(char, char), int>();
        var letters = text.Where(c => !char.IsWhiteSpace(c) && !char.IsPunctuation(c)).ToArray();
        for (var i = 0; i + 1 < letters.Length; i++)
        {
            var pair = (letters[i], letters[i + 1]);
            pairs[pair] = pairs.GetValueOrDefault(pair) + 1;
        }
        return pairs;
    }
}

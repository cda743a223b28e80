namespace Wuzhong.Infrastructure.Auditing;

/// <summary>Text cut to what an audit column keeps.</summary>
public static class AuditText
{
    /// <summary>
    /// The text, or its first <paramref name="length"/> − 1 UTF-16 units and "…"; never cut inside a surrogate pair,
    /// whose half would be a broken character that PostgreSQL refuses to store.
    /// </summary>
    public static string Clip(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }
        var keep = length - 1;
        if (keep > 0 && char.IsHighSurrogate(text[keep - 1]))
        {
            keep--;
        }
        return text[..keep] + "…";
    }
}

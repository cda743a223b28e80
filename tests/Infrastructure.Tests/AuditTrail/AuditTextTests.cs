using Wuzhong.Infrastructure.Auditing;

namespace Wuzhong.Infrastructure.Tests.AuditTrail;

public sealed class AuditTextTests
{
    [Theory]
    [InlineData("推进中", 5, "推进中")]
    [InlineData("推进中推进中", 5, "推进中推…")]
    [InlineData("ab🏙cd", 4, "ab…")] // the cut would fall inside the emoji's surrogate pair: the pair goes whole
    [InlineData("abc🏙d", 4, "abc…")]
    public void Clipped_text_keeps_whole_characters(string text, int length, string expected)
    {
        var clipped = AuditText.Clip(text, length);

        Assert.Equal(expected, clipped);
        Assert.True(clipped.Length <= length);
    }
}

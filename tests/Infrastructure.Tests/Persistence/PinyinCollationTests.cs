using System.Globalization;
using System.Text;
using Wuzhong.Infrastructure.Persistence;

namespace Wuzhong.Infrastructure.Tests.Persistence;

/// <summary>
/// The property SQLite's byte equality on names relies on (BinaryNameEqualityInterceptor): two names are equal under
/// the PINYIN collation exactly when their text is equal, even where the zh collation alone calls them equal.
/// </summary>
public sealed class PinyinCollationTests
{
    public static TheoryData<string, string> EqualToTheCollationAlone => new()
    {
        { "Å", "A\u030A" },          // one code point, and a letter with a combining ring: canonically equivalent
        { "资规分局", "资规\u200B分局" }, // a zero-width space, which the collation ignores
        { "水务局", "水务局\u0000" },     // a NUL, ignorable too
    };

    [Theory]
    [MemberData(nameof(EqualToTheCollationAlone))]
    public void Names_the_zh_collation_calls_equal_are_told_apart_by_their_code_points(string x, string y)
    {
        Assert.Equal(0, CultureInfo.GetCultureInfo("zh-CN").CompareInfo.Compare(x, y, CompareOptions.None));

        Assert.NotEqual(0, PinyinCollationInterceptor.Compare(x, y));
        Assert.NotEqual(0, PinyinCollationInterceptor.Compare(Encoding.UTF8.GetBytes(x), Encoding.UTF8.GetBytes(y)));
        Assert.Equal(-PinyinCollationInterceptor.Compare(x, y), PinyinCollationInterceptor.Compare(y, x));
    }

    [Theory]
    [InlineData("资规分局")]
    [InlineData("财政局（国资办）")]
    public void A_name_is_equal_to_itself_only(string name)
    {
        Assert.Equal(0, PinyinCollationInterceptor.Compare(name, new string(name.AsSpan())));
        Assert.Equal(0, PinyinCollationInterceptor.Compare(Encoding.UTF8.GetBytes(name), Encoding.UTF8.GetBytes(name)));
        Assert.NotEqual(0, PinyinCollationInterceptor.Compare(name, name + " "));
    }
}

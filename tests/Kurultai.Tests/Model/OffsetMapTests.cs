using Kurultai.Model;

namespace Kurultai.Tests.Model;

public sealed class OffsetMapTests
{
    [Fact]
    public void Identity_maps_each_offset_to_itself()
    {
        var map = OffsetMap.Identity(10);
        Assert.Equal(7, map.ToRaw(7));
        Assert.Equal(new Span(2, 3), map.ToRaw(new Span(2, 3)));
    }

    [Fact]
    public void Runs_map_cleaned_offsets_after_a_removal()
    {
        // Given raw "ab----cd" cleaned to "abcd": cleaned 2 starts a run at raw 6
        var map = new OffsetMap([(0, 0), (2, 6)], cleanLength: 4, rawLength: 8);

        // Then
        Assert.Equal(1, map.ToRaw(1));
        Assert.Equal(6, map.ToRaw(2));
        Assert.Equal(7, map.ToRaw(3));
        Assert.Equal(new Span(6, 2), map.ToRaw(new Span(2, 2)));
    }
}

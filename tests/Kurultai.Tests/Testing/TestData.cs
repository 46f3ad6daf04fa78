using Kurultai.Pipeline;

namespace Kurultai.Tests.Testing;

/// <summary>The repository's reference data, loaded once for all tests.</summary>
public static class TestData
{
    private static readonly Lazy<KurultaiData> Data = new(KurultaiData.LoadDefault);

    public static KurultaiData Kurultai => Data.Value;
}

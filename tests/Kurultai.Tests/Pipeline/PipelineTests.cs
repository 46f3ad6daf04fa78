using Kurultai.Model;
using Kurultai.Pipeline;
using Kurultai.Tests.Testing;

namespace Kurultai.Tests.Pipeline;

public sealed class PipelineTests
{
    private sealed class Needs(Layer requires, Layer provides) : IStage
    {
        public Layer Requires => requires;
        public Layer Provides => provides;
        public Document Run(Document document) => document;
    }

    [Fact]
    public void Rejects_a_stage_whose_input_no_earlier_stage_provides()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new Kurultai.Pipeline.Pipeline(new Needs(Layer.Sentences, Layer.Dates)));
        Assert.Contains("Sentences", error.Message);
    }

    [Fact]
    public void Records_the_layers_each_stage_provides()
    {
        var pipeline = new Kurultai.Pipeline.Pipeline(new Needs(Layer.None, Layer.Sentences), new Needs(Layer.Sentences, Layer.Dates));
        var document = pipeline.Run(Document.FromText("Hello."));
        Assert.True(document.Layers.HasFlag(Layer.Dates));
    }

    [Fact]
    public void Every_stage_of_the_default_pipeline_gets_its_inputs_from_earlier_stages()
    {
        // Construction checks the order; it throws if a stage's inputs come later.
        var pipeline = Stages.Default(TestData.Kurultai);
        Assert.True(pipeline.Provides.HasFlag(Layer.Events | Layer.Places | Layer.Actors | Layer.Quantities | Layer.Dates));
    }

    [Fact]
    public void Every_stage_class_of_the_library_is_in_the_default_pipeline()
    {
        var inPipeline = Stages.Default(TestData.Kurultai).Stages.Select(s => s.GetType()).ToHashSet();
        var stageTypes = typeof(IStage).Assembly.GetTypes()
            .Where(t => typeof(IStage).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false, IsPublic: true });
        Assert.All(stageTypes, t => Assert.Contains(t, inPipeline));
    }
}

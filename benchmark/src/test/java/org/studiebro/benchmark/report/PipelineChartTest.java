package org.studiebro.benchmark.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineChartTest {

    @Test
    void drawsThroughputAboveLatencyIntoOnePng(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("pipeline-5.png");

        PipelineChart.write(SampleResults.result(5, 300, 80, 400, 0), png);

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(840);
    }
}

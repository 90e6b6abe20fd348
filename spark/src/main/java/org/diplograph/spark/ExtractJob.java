package org.diplograph.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.lib.output.FileOutputFormat;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.diplograph.graph.ExtractionWriter;
import org.diplograph.graph.ToolVersion;
import scala.Tuple2;

/**
 * {@code diplograph extract} as an Apache Spark job, for corpora one machine cannot read in time.
 *
 * <p>The driver only lists the input files. Each file is read by one task with the project's own
 * readers; the records are spread evenly over the partitions; each partition is extracted by its
 * executor's extractor (knowledge and models loaded once per executor JVM). Three outputs, all
 * written by the executors (nothing is collected to the driver):
 * <ul>
 *   <li>{@code OUTPUT/quads/part-r-NNNNN.nq.gz}: gzipped N-Quads, one file per partition, each
 *       article's quads byte for byte what {@code diplograph extract --format nq} writes for it;
 *       {@code diplograph load --store DIR OUTPUT/quads} bulk-loads them into a store;</li>
 *   <li>{@code OUTPUT/facts/}: a Parquet table, one row per fact and sentence stating it;</li>
 *   <li>{@code OUTPUT/rejects/}: JSON Lines {@code {"input", "reason"}}, one per refused input
 *       (empty, not UTF-8, a broken JSON line...): counted and reported, never fatal.</li>
 * </ul>
 */
public final class ExtractJob {
    static final String USAGE = String.join("\n",
            "Usage: spark-submit [SPARK OPTIONS] --class org.diplograph.spark.ExtractJob diplograph-spark.jar",
            "           --output DIR [--partitions N] INPUT...",
            "Extracts people, countries, territories and their relations from news articles, as",
            "'diplograph extract --format nq' does, on a Spark cluster.",
            "  INPUT             files or folders (searched recursively) on any Hadoop file system (hdfs://, s3a://,",
            "                    file:/...), or globs: *.jsonl / *.ndjson corpora (also .gz), *.txt, *.html",
            "  --output DIR      a new folder: DIR/quads (gzipped N-Quads, one file per partition), DIR/facts",
            "                    (Parquet), DIR/rejects (JSON Lines: input, reason)",
            "  --partitions N    extraction partitions (default: 4 per core of the cluster)",
            "  --help            this text",
            "Then: diplograph load --store DIR DIR/quads");

    /** What a run did. */
    public record Summary(int files, long articles, long refused, long facts, long nanos, String output) {
        double seconds() { return nanos / 1e9; }

        String describe() {
            return String.format("Extracted %,d articles (%,d facts) from %,d files into %s in %.1f s (%.1f articles/s); %,d refused%s",
                    articles, facts, files, output, seconds(), articles / Math.max(seconds(), 1e-9), refused,
                    refused > 0 ? " (see " + output + "/rejects)" : "");
        }
    }

    /** A problem with the command line or the output folder: one line, no stack trace. */
    public static final class JobError extends RuntimeException {
        JobError(String message) { super(message); }
    }

    private ExtractJob() {}

    public static void main(String[] args) {
        PrintStream err = System.err;
        List<String> inputs = new ArrayList<>();
        String output = null;
        int partitions = 0;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--help", "-h" -> {
                        System.out.println(USAGE);
                        return;
                    }
                    case "--output" -> output = value(args, ++i, "--output");
                    case "--partitions" -> {
                        String v = value(args, ++i, "--partitions");
                        try {
                            partitions = Integer.parseInt(v);
                        } catch (NumberFormatException e) {
                            partitions = -1;
                        }
                        if (partitions < 1) throw new JobError("--partitions " + v + ": a whole number of 1 or more");
                    }
                    default -> {
                        if (args[i].startsWith("--")) throw new JobError("unknown option " + args[i]);
                        inputs.add(args[i]);
                    }
                }
            }
            if (output == null) throw new JobError("--output DIR is required");
            if (inputs.isEmpty()) throw new JobError("name the articles to extract (INPUT...)");
        } catch (JobError e) {
            err.println("diplograph-spark: " + e.getMessage());
            err.println(USAGE);
            System.exit(2);
        }
        SparkSession spark = SparkSession.builder().appName("diplograph extract").getOrCreate();
        try {
            Summary s = run(spark, inputs, output, partitions);
            System.out.println(s.describe());
        } catch (JobError e) {
            err.println("diplograph-spark: " + e.getMessage());
            spark.stop();
            System.exit(2);
        } catch (IOException e) {
            err.println("diplograph-spark: " + e.getMessage());
            spark.stop();
            System.exit(1);
        }
        spark.stop();
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) throw new JobError(option + " needs a value");
        return args[i];
    }

    /** Runs the job in the given session; {@code partitions} 0 for the default. */
    public static Summary run(SparkSession spark, List<String> inputs, String output, int partitions) throws IOException {
        long start = System.nanoTime();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = jsc.hadoopConfiguration();
        org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(output);
        FileSystem outFs = out.getFileSystem(conf);
        if (outFs.exists(out)) throw new JobError(output + " exists: give a new folder (the job never overwrites)");

        List<String> missing = new ArrayList<>();
        List<InputFile> files = InputFile.list(inputs, conf, missing);
        if (files.isEmpty() && missing.isEmpty()) throw new JobError("no article files (.jsonl, .ndjson, .txt, .html, also .gz) in " + inputs);

        HadoopConf shipped = new HadoopConf(conf);
        List<ArticleRecord> unusable = new ArrayList<>();
        for (String m : missing) unusable.add(ArticleRecord.refused(m.substring(0, m.indexOf(": ")), m));
        // one task per file reads it; then the records are spread over the extraction partitions
        JavaRDD<ArticleRecord> records = jsc.parallelize(files, Math.max(1, files.size()))
                .flatMap(f -> ArticleReading.read(f, shipped.get()))
                .union(jsc.parallelize(unusable, 1));
        int n = partitions > 0 ? partitions : Math.max(1, jsc.defaultParallelism() * 4);
        String tool = ToolVersion.get();
        JavaRDD<Extracted> extracted = records.repartition(n).mapPartitions(it -> {
            ExtractionWriter writer = new ExtractionWriter(tool);
            return new Iterator<Extracted>() {
                @Override public boolean hasNext() { return it.hasNext(); }

                @Override public Extracted next() { return Extracted.of(it.next(), writer); }
            };
        });
        // three outputs from one extraction: kept (on local disk when memory is short) until written
        extracted.persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            // counted in the writing tasks (actions), where Spark applies each task's count once
            LongAccumulator articles = jsc.sc().longAccumulator("articles");
            LongAccumulator facts = jsc.sc().longAccumulator("facts");
            LongAccumulator refused = jsc.sc().longAccumulator("refused");

            Job job = Job.getInstance(conf);
            FileOutputFormat.setCompressOutput(job, true);
            FileOutputFormat.setOutputCompressorClass(job, GzipCodec.class);
            extracted.filter(Extracted::ok)
                    .mapToPair(x -> {
                        articles.add(1);
                        return new Tuple2<>(NullWritable.get(), new Text(x.nquads()));
                    })
                    .saveAsNewAPIHadoopFile(new org.apache.hadoop.fs.Path(out, "quads").toString(), NullWritable.class, Text.class,
                            NQuadsOutputFormat.class, job.getConfiguration());

            JavaRDD<Row> factRows = extracted.flatMap(x -> {
                facts.add(x.facts().size());
                return x.facts().iterator();
            });
            spark.createDataFrame(factRows, Extracted.FACTS).write().parquet(new org.apache.hadoop.fs.Path(out, "facts").toString());

            JavaRDD<Row> rejectRows = extracted.filter(x -> !x.ok()).map(x -> {
                refused.add(1);
                return RowFactory.create(x.input(), x.refusal());
            });
            // few: one file
            spark.createDataFrame(rejectRows, Extracted.REJECTS).coalesce(1).write()
                    .json(new org.apache.hadoop.fs.Path(out, "rejects").toString());

            return new Summary(files.size(), articles.value(), refused.value(), facts.value(), System.nanoTime() - start, output);
        } finally {
            extracted.unpersist(false);
        }
    }
}

package org.esfkit.core.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import org.esfkit.core.internal.Text;
import org.esfkit.core.io.Problem;
import org.jspecify.annotations.Nullable;

/**
 * The one JSON configuration of esfkit: a bounded parser (document length, nesting depth, number,
 * string and name lengths), no polymorphic typing anywhere, floating-point numbers read exactly as
 * {@link java.math.BigDecimal}, trailing content rejected, and a tree builder that records the line
 * of every JSON path for problem reports and checks every string and field name against the text
 * rule ({@link Text}).
 */
public final class Json {
  /** The largest JSON document read, in bytes. */
  public static final int MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;
  /** The deepest nesting of arrays and objects accepted. */
  public static final int MAX_NESTING_DEPTH = 64;

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxDocumentLength(MAX_DOCUMENT_BYTES)
          .maxNestingDepth(MAX_NESTING_DEPTH)
          .maxNumberLength(100)
          .maxStringLength(1_000_000)
          .maxNameLength(1_000)
          .build())
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

  /** The nodes of a tree: numbers with a fraction kept exact (as read). */
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  /**
   * What only writing needs, made on first use: reading a file never builds an {@link ObjectMapper}
   * (a few hundred classes, a tenth of a second or more of a command's start-up).
   */
  private static final class Writing {
    /** The mapper: never default typing; exact decimals; trailing tokens fail. */
    static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .nodeFactory(NODES)
        .build();

    static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(
        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private Writing() {}
  }

  private Json() {}

  /**
   * Returns a new empty object node for writing.
   *
   * @return the node
   */
  public static ObjectNode object() {
    return NODES.objectNode();
  }

  /**
   * Returns a new empty array node for writing.
   *
   * @return the node
   */
  public static ArrayNode array() {
    return NODES.arrayNode();
  }

  /**
   * Writes a tree pretty-printed (two-space indent), ending with a newline.
   *
   * @param node the tree
   * @return the JSON text
   */
  public static String write(JsonNode node) {
    try {
      return Writing.MAPPER.writer(Writing.PRETTY).writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree", e);
    }
  }

  /**
   * Parses a JSON document into a tree, recording the line of every path. Syntax errors and
   * exceeded bounds become problems.
   *
   * @param in the input
   * @param source the input's name
   * @return the parsed document, with a null root if it could not be parsed
   * @throws org.esfkit.core.ImportException if the stream cannot be read
   */
  public static JsonIn parse(InputStream in, String source) {
    JsonIn doc = new JsonIn(source);
    byte[] bytes = Inputs.readBounded(in, source, MAX_DOCUMENT_BYTES);
    if (bytes == null) {
      doc.problems().add(Inputs.tooLarge(source, MAX_DOCUMENT_BYTES));
      return doc;
    }
    try (JsonParser p = FACTORY.createParser(bytes)) {
      try {
        JsonToken t = p.nextToken();
        if (t == null) {
          doc.problems().add(Problem.of(source, 1, "$", "the file is empty; expected a JSON value"));
          return doc;
        }
        JsonNode root = new TreeBuilder(doc, p).value(t, "$");
        if (p.nextToken() != null) {
          doc.problems().add(Problem.of(source, p.currentTokenLocation().getLineNr(), "$",
              "unexpected content after the JSON value"));
          return doc;
        }
        doc.root = root;
      } catch (IOException e) {
        String message = e instanceof JsonProcessingException
            ? ((JsonProcessingException) e).getOriginalMessage() : e.getMessage();
        doc.problems().add(Problem.of(source, Math.max(0, p.currentLocation().getLineNr()),
            path(p.getParsingContext()), "malformed JSON: " + message));
      }
    } catch (IOException e) {
      doc.problems().add(Problem.of(source, 0, "$", "malformed JSON: " + e.getMessage()));
    }
    return doc;
  }

  /** The path of the parser's position, in esfkit's JSON path notation. */
  private static String path(@Nullable JsonStreamContext ctx) {
    if (ctx == null || ctx.inRoot()) {
      return "$";
    }
    String parent = path(ctx.getParent());
    if (ctx.inArray()) {
      return parent + "[" + Math.max(0, ctx.getCurrentIndex()) + "]";
    }
    return ctx.getCurrentName() == null ? parent : JsonContext.field(parent, ctx.getCurrentName());
  }

  /** Builds the tree token by token, so that each path's line is known and duplicates are caught. */
  private static final class TreeBuilder {
    private final JsonIn doc;
    private final JsonParser p;

    TreeBuilder(JsonIn doc, JsonParser p) {
      this.doc = doc;
      this.p = p;
    }

    JsonNode value(JsonToken t, String path) throws IOException {
      doc.lines().putIfAbsent(path, (long) p.currentTokenLocation().getLineNr());
      switch (t) {
        case START_OBJECT: {
          ObjectNode o = NODES.objectNode();
          for (JsonToken n = p.nextToken(); n == JsonToken.FIELD_NAME; n = p.nextToken()) {
            String name = p.currentName();
            String child = JsonContext.field(path, name);
            long line = p.currentTokenLocation().getLineNr();
            String badName = Text.problem(name);
            if (badName != null) {
              doc.problems().add(Problem.of(doc.source(), line, child, "the field name " + badName));
              name = Text.escape(name);
            }
            boolean duplicate = o.has(name);
            if (!duplicate) {
              doc.lines().put(child, line);
            }
            JsonNode v = value(p.nextToken(), child);
            if (duplicate) {
              doc.problems().add(Problem.of(doc.source(), line, child, "field '" + name + "' appears twice"));
            } else {
              o.set(name, v);
            }
          }
          return o;
        }
        case START_ARRAY: {
          ArrayNode a = NODES.arrayNode();
          int i = 0;
          for (JsonToken n = p.nextToken(); n != JsonToken.END_ARRAY; n = p.nextToken()) {
            a.add(value(n, path + "[" + i++ + "]"));
          }
          return a;
        }
        case VALUE_STRING: {
          // text breaking the text rule is a problem here, for every format; the node keeps an
          // escaped copy, so that no later message shows the raw characters
          String text = p.getText();
          String bad = Text.problem(text);
          if (bad != null) {
            doc.problems().add(Problem.of(doc.source(), p.currentTokenLocation().getLineNr(), path, "the text " + bad));
            return TextNode.valueOf(Text.escape(text));
          }
          return TextNode.valueOf(text);
        }
        case VALUE_NUMBER_INT:
          switch (p.getNumberType()) {
            case INT:
              return IntNode.valueOf(p.getIntValue());
            case LONG:
              return LongNode.valueOf(p.getLongValue());
            default:
              return BigIntegerNode.valueOf(p.getBigIntegerValue());
          }
        case VALUE_NUMBER_FLOAT:
          // a BigDecimal as written: 1e999999999 is a digit and an exponent, never expanded here;
          // the field readers judge its exponent (Bounds.number) before any arithmetic
          try {
            return DecimalNode.valueOf(p.getDecimalValue());
          } catch (NumberFormatException e) {
            // an exponent beyond an int (1e-999999999999): Jackson's BigDecimal cannot hold it
            throw new com.fasterxml.jackson.core.JsonParseException(p, "the number's exponent is out of range");
          }
        case VALUE_TRUE:
          return BooleanNode.TRUE;
        case VALUE_FALSE:
          return BooleanNode.FALSE;
        case VALUE_NULL:
          return NullNode.getInstance();
        default:
          throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected token " + t);
      }
    }
  }

  /** The lines and problems of one parsed document, with its tree. */
  public static final class JsonIn extends JsonContext {
    private @Nullable JsonNode root;

    JsonIn(String source) {
      super(source, new HashMap<>(), new ArrayList<>());
    }

    /**
     * The parsed tree.
     *
     * @return the root, or null if the document could not be parsed
     */
    public @Nullable JsonNode root() {
      return root;
    }
  }
}

# frozen_string_literal: true

# Round-trip driver for the ruby target test, one process for every fixture.
# Reads a JSON job on stdin: {"module": "WorkOS",
# "models": {"directory": ["Directory", "workos/directory"], ...},
# "fixtures": [{"file": "/path/a.json", "model": "directory"}, ...],
# "probe_keys": ["nickname", ...]} (run with -I <out>/ruby/lib). Only each
# fixture's own file is required: the models it refers to must autoload.
# Prints one JSON line per fixture: the model read with from_json and written
# with to_json, the same payload read with new(hash) from symbol keys and
# written with to_h, every reader's value and its shape (class names, through
# arrays and hashes), key? for each probe key, and the error of a strict read
# (class and message; nil when it reads).

require 'json'

# The class names a value is made of: arrays and hashes are walked, anything
# else (a model, a String, an Integer) is its class name.
def shape(value)
  case value
  when Array then value.map { |item| shape(item) }
  when Hash then value.transform_values { |item| shape(item) }
  else value.class.name
  end
end

# The error a strict read raises, as "Class: message"; nil when the payload is as documented.
def strict_error(klass, text)
  klass.from_json(text, strict: true)
  nil
rescue StandardError => e
  "#{e.class.name}: #{e.message}"
end

job = JSON.parse($stdin.read)

job.fetch('fixtures').each do |fixture|
  path = fixture.fetch('file')
  class_name, feature = job.fetch('models').fetch(fixture.fetch('model'))
  require feature
  text = File.read(path, encoding: 'UTF-8')
  namespace = Object.const_get(job.fetch('module'))
  klass = namespace.const_get(class_name, false)
  model = klass.from_json(text)
  readers = klass.public_instance_methods(false) - %i[to_h to_json key?]
  values = readers.sort.to_h { |reader| [reader.to_s, model.public_send(reader)] }
  # A union is a module: `read` takes the parsed value, and its result is a model, a plain value or Unknown.
  symbols = JSON.parse(text, symbolize_names: true)
  symbol_keys = klass.is_a?(Class) ? klass.new(symbols).to_h : namespace::ModelRuntime.wire_value(klass.read(symbols))
  line = {
    'fixture' => path,
    'json' => JSON.parse(model.to_json),
    'symbol_keys' => symbol_keys,
    'readers' => values,
    'shapes' => values.transform_values { |value| shape(value) },
    'keys' => job.fetch('probe_keys').to_h { |key| [key, model.key?(key)] },
    'strict' => strict_error(klass, text)
  }
  puts JSON.generate(line)
end

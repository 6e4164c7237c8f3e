# frozen_string_literal: true

# Round-trip driver for the ruby target test, one process for every fixture.
# Reads a JSON job on stdin: {"module": "WorkOS", "requires": ["workos/directory", ...],
# "classes": {"directory": "Directory", ...}, "fixtures": ["/path/a.json", ...]}
# (run with -I <out>/ruby/lib). Prints one JSON line per fixture: the model read
# with from_json and written with to_json, the same payload read with new(hash)
# from symbol keys and written with to_h, and every reader's value.

require 'json'

job = JSON.parse($stdin.read)
job.fetch('requires').each { |feature| require feature }
namespace = Object.const_get(job.fetch('module'))

job.fetch('fixtures').each do |path|
  text = File.read(path, encoding: 'UTF-8')
  object = JSON.parse(text).fetch('object')
  klass = namespace.const_get(job.fetch('classes').fetch(object), false)
  model = klass.from_json(text)
  readers = klass.public_instance_methods(false) - %i[to_h to_json]
  line = {
    'fixture' => path,
    'json' => JSON.parse(model.to_json),
    'symbol_keys' => klass.new(JSON.parse(text, symbolize_names: true)).to_h,
    'readers' => readers.sort.to_h { |reader| [reader.to_s, model.public_send(reader)] }
  }
  puts JSON.generate(line)
end

# This language's name, written in its own script. Shown in the language picker.
language-name = বাংলা

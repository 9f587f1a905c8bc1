// An "imports" key whose target is null: not defined.
import '#gone';

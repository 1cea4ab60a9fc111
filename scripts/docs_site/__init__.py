"""What `scripts/docs` builds the site with beyond mkdocs.yml: a griffe extension and a mkdocs hook."""

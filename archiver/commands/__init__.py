"""The click commands of `archiver`, grouped by stage; archiver.cli registers them."""

"""The purpose-blending screen: own purposes, shared themes, blends, drafts, endorsement."""
